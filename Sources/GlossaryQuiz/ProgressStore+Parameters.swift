import Foundation
import GRDB
import GlossaryModel

extension ProgressStore {
    /// The FSRS parameters fitted by the latest `glossary optimize` on this file, if any
    /// (table `fsrs_parameters`), clamped to the bounds they were fitted in; a row that is
    /// not 21 finite numbers is ignored.
    package func fittedParameters() throws(ProgressError) -> [Double]? {
        try latestFit()?.parameters
    }

    /// The latest fit saved by `glossary optimize`, with when and on what it was fitted; `nil`
    /// when sessions schedule with FSRS-6's defaults.
    package func latestFit() throws(ProgressError) -> SavedFit? {
        do {
            return try writer.read { db in try Self.latestFit(db) }
        } catch {
            throw .progress(path: path, reason: "cannot read the fitted parameters: \(error)")
        }
    }

    /// Keeps `parameters` as the ones later sessions schedule with.
    package func saveFittedParameters(_ parameters: [Double], fittedCount: Int, reviewCount: Int, at date: Date) throws(ProgressError) {
        precondition(parameters.count == 21 && parameters.allSatisfy(\.isFinite))
        do {
            let text = String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self)
            try writer.write { db in
                try db.execute(
                    sql: "INSERT INTO fsrs_parameters (fittedAt, parameters, fittedCount, reviewCount) VALUES (?, ?, ?, ?)",
                    arguments: [date, text, fittedCount, reviewCount])
            }
        } catch {
            throw .progress(path: path, reason: "cannot save the fitted parameters: \(error)")
        }
    }

    /// The review log and the fitted parameters of the file at `path`, only read: nothing is
    /// written, not even the migration an older file gets when opened for a session (for
    /// `optimize --dry-run`). The connection is not opened read-only because a read-only
    /// connection cannot remove SQLite's `-wal` and `-shm` files when it closes: they would
    /// stay behind as debris. A missing file is
    /// ``ProgressError/progressNotFound(path:)``, a newer one
    /// ``ProgressError/progressFromNewerVersion(path:found:known:)``.
    package static func readLogAndParameters(path: String) throws(ProgressError) -> (log: [ReviewLogEntry], parameters: [Double]?) {
        guard FileManager.default.fileExists(atPath: path) else { throw .progressNotFound(path: path) }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if userVersion > ProgressSchema.version {
                    throw ProgressError.progressFromNewerVersion(path: path, found: "schema \(userVersion)", known: ProgressSchema.version)
                }
                let log =
                    try db.tableExists("review_log")
                    ? try ReviewLogEntry.order(ReviewLogEntry.Columns.reviewedAt, Column("id")).fetchAll(db) : []
                return (log, try latestFit(db)?.parameters)
            }
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .progress(path: path, reason: "\(error)")
        }
    }

    private static func latestFit(_ db: Database) throws -> SavedFit? {
        guard try db.tableExists("fsrs_parameters"),
            let row = try Row.fetchOne(
                db, sql: "SELECT fittedAt, parameters, fittedCount, reviewCount FROM fsrs_parameters ORDER BY id DESC LIMIT 1"),
            let text = row["parameters"] as String?,
            let parameters = try? JSONDecoder().decode([Double].self, from: Data(text.utf8)),
            parameters.count == 21, parameters.allSatisfy(\.isFinite)
        else { return nil }
        return SavedFit(
            parameters: ParameterBounds.clamp(parameters), fittedAt: row["fittedAt"], fittedCount: row["fittedCount"],
            reviewCount: row["reviewCount"])
    }
}
