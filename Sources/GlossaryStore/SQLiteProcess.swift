internal import CSQLiteSetup

/// Settings of SQLite that hold for the whole process.
enum SQLiteProcess {
    /// Whether SQLite's memory statistics are off (see `CSQLiteSetup.h`). Evaluated once, by
    /// the first call to ``prepare()``: the index opens and builds call it before they open
    /// any database, so in the `glossary` command it comes before SQLite's initialisation.
    /// A process that opened a database earlier keeps the statistics, which is only slower.
    private static let memoryStatisticsOff = glossary_sqlite_disable_memory_statistics() == 0

    /// Applies the settings if SQLite has not started yet; returns whether they are in effect.
    @discardableResult
    static func prepare() -> Bool { memoryStatisticsOff }
}
