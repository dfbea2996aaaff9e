/// One answer the model predicts: the card (an index into the histories) and the position
/// of the answer in its history, with the answer's weight.
package struct FSRSPrediction: Sendable, Hashable {
    package var card: Int
    package var position: Int
    /// Recency weight: 0.25 + 0.75 · (rank / (n − 1))³, rank in time order, as in fsrs-rs, so
    /// recent answers count up to four times as much as the oldest.
    package var weight: Double
}
