/**
 * The implementation of export: reading the org, assembling the configuration, writing Java source.
 * Not API.
 */
package io.journeydsl.deploy.export.internal;
