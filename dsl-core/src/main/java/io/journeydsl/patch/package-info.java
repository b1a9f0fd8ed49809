/**
 * Changing objects: {@link io.journeydsl.patch.Patches#between} computes the minimal PATCH body
 * between a current and a desired object; the resource clients' {@code update(id, change)} use it for
 * read-modify-write with retries on version conflicts.
 */
package io.journeydsl.patch;
