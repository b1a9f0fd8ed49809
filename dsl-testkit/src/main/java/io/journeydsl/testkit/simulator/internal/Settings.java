package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.FrequencyCap;
import io.journeydsl.testkit.simulator.Responder;
import io.journeydsl.testkit.simulator.Schedule;

/** What the test gives beyond the configuration; {@code schedule} is null when none was given. */
record Settings(FrequencyCap cap, Schedule schedule, Responder responder) {}
