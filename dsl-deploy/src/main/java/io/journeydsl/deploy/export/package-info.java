/**
 * Export: an org's journey configuration read into a {@link io.journeydsl.JourneyConfig}, bundle
 * JSON and Java DSL source, with a migration report. Start at {@link io.journeydsl.deploy.export.Exporter};
 * {@link io.journeydsl.deploy.export.JavaSource} writes any configuration as Java.
 */
package io.journeydsl.deploy.export;
