import Foundation

/// Anki's days: a collection counts days from its creation (`col.crt`), each day starting at the
/// rollover hour (4 a.m. local time by default), and stores a review card's due date as that
/// count. This is the count of rslib's `sched_timing_today_v2_new` (scheduler/timing.rs): the
/// calendar days between the creation date and the date, less one before that day's rollover.
struct AnkiDay: Sendable {
    /// The hour a new day starts (Anki's `rollover`, default 4).
    static let rolloverHour = 4

    /// The collection's creation: the start of the Anki day holding the export time, as Anki
    /// itself sets `crt` (rslib's `v1_creation_date`).
    let creation: Date
    let calendar: Calendar

    /// The days of a collection created at `now` in `timeZone`.
    init(now: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        let rollover = calendar.date(bySettingHour: Self.rolloverHour, minute: 0, second: 0, of: now) ?? now
        creation = rollover > now ? rollover.addingTimeInterval(-86400) : rollover
    }

    /// The creation time in whole seconds (`col.crt`).
    var creationSeconds: Int64 { Int64(creation.timeIntervalSince1970.rounded(.down)) }

    /// The time zone at creation as Anki's `creationOffset`: minutes west of UTC.
    var creationOffsetMinutesWest: Int { -calendar.timeZone.secondsFromGMT(for: creation) / 60 }

    /// The Anki day `date` falls on, counted from the creation (never negative).
    func index(of date: Date) -> Int {
        let start = calendar.startOfDay(for: creation)
        let day = calendar.startOfDay(for: date)
        var days = calendar.dateComponents([.day], from: start, to: day).day ?? 0
        if calendar.component(.hour, from: date) < Self.rolloverHour { days -= 1 }
        return max(0, days)
    }
}
