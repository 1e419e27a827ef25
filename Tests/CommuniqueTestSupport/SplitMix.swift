/// A small deterministic random generator (SplitMix64), so a failing property or random
/// sequence can be replayed from its seed.
public struct SplitMix: RandomNumberGenerator {
  /// The generator's state; the seed to start from.
  public var state: UInt64

  /// Creates a generator from a seed.
  public init(state: UInt64) {
    self.state = state
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A random integer in `0..<bound`.
  public mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}
