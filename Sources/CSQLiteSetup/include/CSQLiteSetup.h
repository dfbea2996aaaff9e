#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Turns off SQLite's memory statistics for the whole process. SQLite counts every allocation
/// under one global mutex, for `sqlite3_memory_used()` and the soft heap limit, neither of
/// which glossary uses; two connections writing on two threads spent a fifth of an index
/// build waiting on that mutex. `sqlite3_config` is variadic, so Swift cannot call it.
///
/// Works only before SQLite is initialised, that is before the process opens its first
/// database; afterwards it changes nothing and returns SQLITE_MISUSE (21). Returns SQLITE_OK
/// (0) when it took effect.
int glossary_sqlite_disable_memory_statistics(void);

#endif
