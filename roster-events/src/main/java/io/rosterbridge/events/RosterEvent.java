package io.rosterbridge.events;

/** Any message of the contract: every record sent on a Rosterbridge topic implements it. */
public interface RosterEvent {}
