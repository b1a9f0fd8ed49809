package io.journeydsl.deploy.internal;

import io.journeydsl.deploy.Change;

/**
 * One change with what carrying it out needs: the object as the org had it when planned
 * ({@code null} for a create) and the configuration's object with references to existing objects
 * already resolved ({@code null} for a delete).
 */
record Step(Change change, Object current, Object desired) {}
