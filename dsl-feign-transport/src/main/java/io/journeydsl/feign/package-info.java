/**
 * The Journey API over HTTP with Feign: OAuth client credentials, regions, retries and typed errors.
 * The transport arrives with its own issue; this module holds its package only.
 */
package io.journeydsl.feign;
