package io.journeydsl.cli;

/**
 * Marks a command that validates bundle files, so that the validator's start-up can begin in the
 * background before the command line is even parsed ({@link JourneyCommand#run}).
 */
interface ValidatesBundles {}
