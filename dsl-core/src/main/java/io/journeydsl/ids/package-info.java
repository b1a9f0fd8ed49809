/**
 * Typed ids of the objects configurations point at but do not define: Architect flows
 * ({@link io.journeydsl.ids.FlowId}), schedule groups ({@link io.journeydsl.ids.ScheduleGroupId}),
 * open action types ({@link io.journeydsl.ids.OpenActionId}) and action targets
 * ({@link io.journeydsl.ids.ActionTargetId}). Each is its own type, so a flow id cannot stand where
 * a schedule group id is expected.
 */
package io.journeydsl.ids;
