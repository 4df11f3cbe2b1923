package com.salescallplanner.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Sales Call Planner " + (v == null ? "development" : v)};
    }
}
