package kosh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build a record of unfinished work names: a build of uncommitted changes also by its code. */
class BuildInfoTest {
    @Test
    void aCommittedBuildIsNamedByItsCommitAndAnUncommittedOneByItsCodeToo() {
        assertEquals("kosh 0.1.0 abc", new BuildInfo("0.1.0", "abc", null).label());
        assertEquals("kosh 0.1.0 abc-dirty code 0123456789ab", new BuildInfo("0.1.0", "abc-dirty", "0123456789ab").label());

        BuildInfo now = BuildInfo.current();
        if (now.commit().endsWith("-dirty")) assertTrue(now.label().matches("kosh \\S+ \\S+-dirty code [0-9a-f]{12}"), now.label());
        else assertEquals("kosh " + now.version() + " " + now.commit(), now.label());
    }
}
