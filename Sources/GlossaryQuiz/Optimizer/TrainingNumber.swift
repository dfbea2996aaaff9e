import Foundation

/// The arithmetic the FSRS training model needs, so one model (``FSRSTrainingModel``) runs on
/// plain `Double`s to evaluate parameters and on ``Dual`` numbers to differentiate the loss.
protocol TrainingNumber {
    var value: Double { get }
    init(_ constant: Double)
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    func exp() -> Self
    func log() -> Self
}

extension TrainingNumber {
    static func + (a: Self, b: Double) -> Self { a + Self(b) }
    static func - (a: Self, b: Double) -> Self { a - Self(b) }
    static func - (a: Double, b: Self) -> Self { Self(a) - b }
    static func * (a: Self, b: Double) -> Self { a * Self(b) }
    static func * (a: Double, b: Self) -> Self { Self(a) * b }

    /// a^b for a > 0, as e^(b·ln a).
    func pow(_ exponent: Self) -> Self { (exponent * log()).exp() }

    /// Clamped between `low` and `high`; the derivative is zero outside, as in Burn and PyTorch.
    func clamped(_ low: Double, _ high: Double) -> Self {
        if value < low { return Self(low) }
        if value > high { return Self(high) }
        return self
    }

    /// The smaller of the two, with the derivative of that one.
    func minimum(_ other: Self) -> Self { value <= other.value ? self : other }
    /// The larger of the two, with the derivative of that one.
    func maximum(_ other: Self) -> Self { value >= other.value ? self : other }
}

extension Double: TrainingNumber {
    var value: Double { self }
    func exp() -> Double { Foundation.exp(self) }
    func log() -> Double { Foundation.log(self) }
}

/// A dual number for forward-mode differentiation with respect to FSRS's 21 parameters:
/// a value and its gradient, carried together through every operation, so the loss comes out
/// with its exact gradient in one pass over the review log (no finite-difference step to tune).
/// The gradient lives in a `SIMD32` (21 lanes used) so each operation is a few vector
/// instructions.
struct Dual: TrainingNumber {
    var value: Double
    var gradient: SIMD32<Double>

    init(_ constant: Double) {
        value = constant
        gradient = .zero
    }

    init(value: Double, gradient: SIMD32<Double>) {
        self.value = value
        self.gradient = gradient
    }

    /// The `index`-th variable, with value `value`.
    static func variable(_ value: Double, index: Int) -> Dual {
        var gradient = SIMD32<Double>.zero
        gradient[index] = 1
        return Dual(value: value, gradient: gradient)
    }

    static func + (a: Dual, b: Dual) -> Dual { Dual(value: a.value + b.value, gradient: a.gradient + b.gradient) }
    static func - (a: Dual, b: Dual) -> Dual { Dual(value: a.value - b.value, gradient: a.gradient - b.gradient) }
    static func * (a: Dual, b: Dual) -> Dual {
        Dual(value: a.value * b.value, gradient: b.value * a.gradient + a.value * b.gradient)
    }
    static func / (a: Dual, b: Dual) -> Dual {
        let quotient = a.value / b.value
        return Dual(value: quotient, gradient: (a.gradient - quotient * b.gradient) / b.value)
    }
    func exp() -> Dual {
        let e = Foundation.exp(value)
        return Dual(value: e, gradient: e * gradient)
    }
    func log() -> Dual { Dual(value: Foundation.log(value), gradient: gradient / value) }
}
