package io.rosterbridge.usermatcher.identity;

import java.util.Set;

/** What a resolution knows besides one user: the index before the run and who the run contains. */
record RunFacts(IdentityIndex index, Set<String> presentCleverUserIds, RunScope scope) {

  RunFacts {
    presentCleverUserIds = Set.copyOf(presentCleverUserIds);
  }

  /** True only when the run is complete and lacks the Clever id: only then is it known gone. */
  boolean provenAbsent(String cleverUserId) {
    return scope == RunScope.COMPLETE && !presentCleverUserIds.contains(cleverUserId);
  }
}
