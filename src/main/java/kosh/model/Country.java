package kosh.model;

/** The two countries a household can live in. */
public enum Country { MONGOLIA, KAZAKHSTAN }
