import CLibstemmer

/// Snowball's French stemmer (libstemmer), with a cache of the words it has seen.
///
/// Not thread-safe: each thread or task makes its own.
public final class FrenchStemmer {
  private let stemmer: OpaquePointer?
  private var cache: [String: String] = [:]

  /// Creates a stemmer; without libstemmer's French algorithm, words are left as they are.
  public init() {
    stemmer = sb_stemmer_new("french", nil)
  }

  deinit {
    if let stemmer { sb_stemmer_delete(stemmer) }
  }

  /// The stem of a lower-case word (`rapatriés` → `rapatri`).
  public func stem(_ word: String) -> String {
    if let known = cache[word] { return known }
    guard let stemmer else { return word }
    var bytes = Array(word.utf8)
    let stemmed = bytes.withUnsafeMutableBufferPointer { buffer -> String in
      guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
        return word
      }
      let length = Int(sb_stemmer_length(stemmer))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
    if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
    cache[word] = stemmed
    return stemmed
  }
}
