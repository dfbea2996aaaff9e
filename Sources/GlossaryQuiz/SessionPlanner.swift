import Foundation

/// Chooses the cards of a session as Anki does at its best:
///
/// - cards in a learning or relearning step that is due come first, then review cards that
///   are due (the most overdue first), then new cards up to the day's allowance, `count` in all;
/// - siblings are buried: one card per concept a day. A concept answered today (``plan``'s
///   `answeredToday`) gives no other card until the next day, except a card of its own in a
///   step; `cram` ignores this;
/// - confusable concepts (``CardGenerator/confusable(_:_:)``) are interleaved, not grouped:
///   where it can be helped, two neighbours in the queue are never confusable.
package struct SessionPlanner: Sendable {
    package var count: Int
    /// New cards allowed per day, minus those already introduced today.
    package var newAllowance: Int
    /// Practise without the schedule: any cards, in random order.
    package var cram: Bool

    /// A planner of sessions of `count` cards, at most `newAllowance` of them new; `cram` ignores
    /// due dates.
    package init(count: Int = 20, newAllowance: Int = 10, cram: Bool = false) {
        self.count = count
        self.newAllowance = newAllowance
        self.cram = cram
    }

    /// The session's cards, in order, and how many of them were due. `cards` are the
    /// candidates (any order); `confusable` tells which concepts must not be neighbours.
    /// `drills` (``SessionDeck/drills``) come first, those never answered or due, whatever
    /// the new-card allowance: a leech is drilled in the next session, and its other cards
    /// wait for the next day (buried) unless in a step.
    package func plan(
        _ cards: [QuizCard], progress: [String: CardProgress], now: Date, answeredToday: Set<String> = [],
        confusable: (String, String) -> Bool = { $0 == $1 }, drills: [QuizCard] = [],
        random: inout SeededGenerator
    ) -> (cards: [QuizCard], due: Int) {
        if cram {
            return (interleave(Array(cards.shuffled(using: &random).prefix(count)), confusable: confusable), 0)
        }
        func dueDate(_ card: QuizCard) -> Date? { progress[card.id.description].flatMap { $0.due <= now ? $0.due : nil } }
        let allDue = cards.filter { dueDate($0) != nil }.sorted { (dueDate($0)!, $0.id) < (dueDate($1)!, $1.id) }
        var buried = answeredToday
        var chosen: [QuizCard] = []
        var drilling: [QuizCard] = []
        // Not buried by an answer today: a leech made in this morning's session is drilled in
        // this afternoon's.
        for drill in drills where drilling.count < count && (progress[drill.id.description] == nil || dueDate(drill) != nil) {
            buried.insert(drill.conceptID)
            drilling.append(drill)
        }
        let drillsDue = drilling.filter { dueDate($0) != nil }.count
        let due = allDue.filter { card in !drilling.contains { $0.id == card.id } }
        // Steps first: a card in a step is never buried by its own concept.
        for card in due where progress[card.id.description]?.state != .review && chosen.count + drilling.count < count {
            chosen.append(card)
            buried.insert(card.conceptID)
        }
        for card in due where progress[card.id.description]?.state == .review && chosen.count + drilling.count < count {
            guard buried.insert(card.conceptID).inserted else { continue }
            chosen.append(card)
        }
        let dueCount = chosen.count + drillsDue
        var newLeft = max(0, min(newAllowance, count - chosen.count - drilling.count))
        for card in cards.filter({ progress[$0.id.description] == nil }).shuffled(using: &random) where newLeft > 0 {
            guard buried.insert(card.conceptID).inserted else { continue }
            chosen.append(card)
            newLeft -= 1
        }
        return (drilling + interleave(chosen, confusable: confusable), dueCount)
    }

    /// Reorders cards so that no two neighbours are confusable where it can be helped: each
    /// next card is the first remaining one that is not confusable with the last placed.
    package func interleave(_ cards: [QuizCard], confusable: (String, String) -> Bool) -> [QuizCard] {
        var pending = cards, out: [QuizCard] = []
        while !pending.isEmpty {
            let index = out.last.flatMap { last in pending.firstIndex { !confusable($0.conceptID, last.conceptID) } } ?? 0
            out.append(pending.remove(at: index))
        }
        return out
    }
}
