import Foundation

/// One value per worker of `parallelMap(contexts:_:)`, kept from one call to the next (the
/// `WordForms` of the index's batches, which then learn each word once per worker rather than
/// once per batch).
///
/// Unchecked sendability: worker `n` of a call is the only one to touch value `n`, and calls
/// follow one another (each returns once its workers are done).
final class PerWorker<Value>: @unchecked Sendable {
  /// The values, one per core.
  let values: [Value]

  /// One value per core, each made by `make`.
  init(_ make: () -> Value) {
    values = (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ in make() }
  }
}
