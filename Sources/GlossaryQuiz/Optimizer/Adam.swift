import Foundation

/// Adam (Kingma & Ba, 2015) with PyTorch's and fsrs-rs's defaults: β1 0.9, β2 0.999, ε 1e-8.
struct Adam {
    private var m = [Double](repeating: 0, count: 21)
    private var v = [Double](repeating: 0, count: 21)
    private var t = 0

    mutating func step(_ parameters: inout [Double], gradient: [Double], rate: Double) {
        t += 1
        let bias1 = 1 - pow(0.9, Double(t)), bias2 = 1 - pow(0.999, Double(t))
        for i in parameters.indices {
            m[i] = 0.9 * m[i] + 0.1 * gradient[i]
            v[i] = 0.999 * v[i] + 0.001 * gradient[i] * gradient[i]
            parameters[i] -= rate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + 1e-8)
        }
    }
}

/// The learning rate annealed along a half cosine from its initial value towards 0 over
/// `maximumSteps` (PyTorch's `CosineAnnealingLR`, recursive form, as fsrs-rs).
struct CosineAnnealing {
    let maximumSteps: Double
    let initialRate: Double
    private var count = -1.0
    private var rate: Double

    init(maximumSteps: Double, initialRate: Double) {
        self.maximumSteps = maximumSteps
        self.initialRate = initialRate
        rate = initialRate
    }

    mutating func step() -> Double {
        count += 1
        if count == 0 {
            rate = initialRate
        } else if (count - 1 - maximumSteps).truncatingRemainder(dividingBy: 2 * maximumSteps) == 0 {
            rate = initialRate * (1 - cos(.pi / maximumSteps)) / 2
        } else {
            rate = (1 + cos(.pi * count / maximumSteps)) / (1 + cos(.pi * (count - 1) / maximumSteps)) * rate
        }
        return rate
    }
}
