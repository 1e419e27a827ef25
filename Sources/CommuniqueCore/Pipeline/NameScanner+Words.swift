/// What a word is to `NameScanner`, in lower case: the word lists it reads, as bits.
struct WordKind: OptionSet, Sendable {
  let rawValue: UInt32

  static let particle = WordKind(rawValue: 1 << 0)
  static let notNameStart = WordKind(rawValue: 1 << 1)
  static let honorific = WordKind(rawValue: 1 << 2)
  static let role = WordKind(rawValue: 1 << 3)
  static let roleModifier = WordKind(rawValue: 1 << 4)
  static let title = WordKind(rawValue: 1 << 5)
  static let subjectVerb = WordKind(rawValue: 1 << 6)
  /// `NameScanner.complementWords`.
  static let complement = WordKind(rawValue: 1 << 7)
  /// `NameScanner.articleWords`.
  static let article = WordKind(rawValue: 1 << 8)
  /// `NameScanner.roleArticles`.
  static let roleArticle = WordKind(rawValue: 1 << 9)
  /// `premier` or `première`.
  static let premier = WordKind(rawValue: 1 << 10)
  static let ministre = WordKind(rawValue: 1 << 11)
  static let ans = WordKind(rawValue: 1 << 12)
  /// An acronym or alias of `Gazetteer` (`Gazetteer.entry(for:)` finds it).
  static let gazetteer = WordKind(rawValue: 1 << 13)

  // Read from the word itself rather than looked up in lower case.

  /// Opens with an elided article (`l’`, `d’`, `l'`, `d'`).
  static let elided = WordKind(rawValue: 1 << 16)
  /// A role once its elided article is dropped (`l’ambassadeur`).
  static let bareRole = WordKind(rawValue: 1 << 17)
  /// A known first name as written (`FirstNames.contains`).
  static let firstName = WordKind(rawValue: 1 << 18)
  /// Not read yet (`NameScanner` reads an uncapitalised word's kind when it is asked for).
  static let unread = WordKind(rawValue: 1 << 31)

  /// The kinds of a word in lower case, from the word lists themselves (the `WordTable`s
  /// are built from this, and words they cannot read are read with it).
  static func of(lower word: String) -> WordKind {
    var kind: WordKind = []
    for (list, bit) in lists where list.contains(word) { kind.insert(bit) }
    if word == "premier" || word == "première" { kind.insert(.premier) }
    if word == "ministre" { kind.insert(.ministre) }
    if word == "ans" { kind.insert(.ans) }
    return kind
  }

  /// The word lists and the kind each gives.
  private static let lists: [(Set<String>, WordKind)] = [
    (PersonWords.particles, .particle), (PersonWords.notNameStarts, .notNameStart),
    (PersonWords.honorifics, .honorific), (PersonWords.roles, .role),
    (PersonWords.roleModifiers, .roleModifier), (PersonWords.titles, .title),
    (PersonWords.subjectVerbs, .subjectVerb), (NameScanner.complementWords, .complement),
    (NameScanner.articleWords, .article), (NameScanner.roleArticles, .roleArticle),
    (gazetteerKeys, .gazetteer),
  ]

  /// The keys of `Gazetteer.entry(for:)`: acronyms and aliases in lower case.
  static let gazetteerKeys: Set<String> = Set(
    Gazetteer.entries.flatMap { [$0.acronym] + $0.aliases }.map { $0.lowercased() })

  /// Every word with a kind, in lower case.
  static var listedWords: [String] {
    lists.flatMap { $0.0 } + ["premier", "première", "ministre", "ans"]
  }

  /// `of(lower:)` for every listed word, looked up by bytes (built list by list: a test
  /// checks it gives each word `of(lower:)`).
  static let table: WordTable = {
    var entries: [(key: String, value: UInt32)] = []
    for (list, kind) in lists {
      for word in list { entries.append((word, kind.rawValue)) }
    }
    entries += [
      ("premier", WordKind.premier.rawValue), ("première", WordKind.premier.rawValue),
      ("ministre", WordKind.ministre.rawValue), ("ans", WordKind.ans.rawValue),
    ]
    return WordTable(entries)
  }()

  /// `FirstNames.all`, looked up by bytes.
  static let firstNames = WordTable(FirstNames.all.map { ($0, 1) })
}

/// Reads the kind of each word of a text on its UTF-8 bytes.
///
/// Words made of ASCII, Latin-1, `Œ œ` and general punctuation (nearly every word of a
/// release) are lower-cased byte for byte into a scratch buffer and looked up in `WordKind`'s
/// tables: such words are in Unicode normalisation form C, as the listed words are (a test
/// checks), so comparing bytes is comparing `String`s. Other words are read as `String`s.
struct WordReader {
  private let table = WordKind.table
  private let firstNames = WordKind.firstNames
  /// How many bytes of a word are written in lower case: a longer word is no listed word,
  /// elided or not (only its first bytes then matter, to tell whether it is elided).
  private let limit: Int
  private let scratch: UnsafeMutableBufferPointer<UInt8>

  init() {
    limit = table.maxLength + 4
    // Two more bytes: a scalar that starts before the limit is written whole.
    scratch = .allocate(capacity: max(limit + 2, firstNames.maxLength) + 1)
  }

  /// Frees the scratch buffer.
  func release() {
    scratch.deallocate()
  }

  /// The kind of the punctuation mark `bytes` (as `of(lower:)`: a mark's lower case is itself).
  func kind(ofMark bytes: UnsafeBufferPointer<UInt8>) -> WordKind {
    var kind = WordKind(rawValue: table.value(bytes))
    if kind.contains(.role) { kind.insert(.bareRole) }
    return kind
  }

  /// The kind of each ASCII punctuation mark (`kind(ofMark:)`), by its byte.
  static let asciiMarkKinds: [WordKind] = (0..<128).map { byte in
    var kind = WordKind(rawValue: WordKind.table.value(String(UnicodeScalar(UInt8(byte)))))
    if kind.contains(.role) { kind.insert(.bareRole) }
    return kind
  }

  /// The word that starts at `start` in `bytes` (`NameScanner.wordEnd(_:from:)`), read as it
  /// is found: its end, and `read(word:)` of it. Words of ASCII, U+00C0–U+00FF and inner `’`
  /// are hashed in lower case on the way, and written in lower case only when they hold a
  /// capital; a word with another scalar is found first and read after.
  func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (end: Int, kind: WordKind, isCapitalised: Bool)
  {
    let count = bytes.count
    var hash = WordTable.emptyHash
    var digits = false
    // Whether a byte changes in lower case.
    var capitals = false
    var end = start
    while end < count {
      let byte = bytes[end]
      if byte &- 0x61 < 26 {
        // A run of lower-case ASCII letters, most of a word, read in a loop of its own.
        hash = WordTable.hash(hash, byte)
        end += 1
        while end < count, bytes[end] &- 0x61 < 26 {
          hash = WordTable.hash(hash, bytes[end])
          end += 1
        }
      } else if byte < 0x80 {
        if byte &- 0x41 < 26 {
          capitals = true
          hash = WordTable.hash(hash, byte | 0x20)
        } else {
          if byte &- 0x30 < 10 {
            digits = true
          } else {
            // An inner hyphen or apostrophe: a word byte must follow.
            guard byte == 0x2D || byte == 0x27, end + 1 < count,
              NameScanner.separatorLength(bytes, at: end + 1) == 0
            else { break }
          }
          hash = WordTable.hash(hash, byte)
        }
        end += 1
      } else if byte == 0xC3 {
        // U+00C0–U+00FF, the capitals but × lower-cased.
        var next = bytes[end + 1]
        if LatinLowercase.isCapital(afterC3: next) {
          next += 0x20
          capitals = true
        }
        hash = WordTable.hash(WordTable.hash(hash, byte), next)
        end += 2
      } else if byte == 0xE2, end + 3 < count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99,
        NameScanner.separatorLength(bytes, at: end + 3) == 0
      {
        hash = WordTable.hash(WordTable.hash(WordTable.hash(hash, 0xE2), 0x80), 0x99)
        end += 3
      } else {
        // Another scalar, or a separator: where the word ends tells.
        let wordEnd = NameScanner.wordEnd(bytes, from: end)
        if wordEnd == end { break }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<wordEnd])
        let (kind, capitalised) = read(word: word)
        return (wordEnd, kind, capitalised)
      }
    }
    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
    let length = min(word.count, limit)
    var lower = UnsafeBufferPointer(rebasing: word[0..<length])
    if capitals {
      var previous: UInt8 = 0
      for index in 0..<length {
        var byte = word[index]
        if byte &- 0x41 < 26 {
          byte |= 0x20
        } else if previous == 0xC3, LatinLowercase.isCapital(afterC3: byte) {
          byte += 0x20
        }
        scratch[index] = byte
        previous = word[index]
      }
      lower = UnsafeBufferPointer(rebasing: scratch[0..<length])
    }
    let first = word[0]
    // The first scalar is ASCII or two bytes (`Ã`…); two scalars or more: more bytes than it.
    let capitalised =
      word.count > (first < 0x80 ? 1 : 2) && !digits
      && (first < 0x80 ? first &- 0x41 < 26 : isCapital(word))
    return (end, kind(of: word, lower: lower, hash: hash), capitalised)
  }

  /// The kind of the word `bytes`, and whether it is capitalised: two letters or more, the
  /// first a capital, and no digit.
  func read(word bytes: UnsafeBufferPointer<UInt8>) -> (kind: WordKind, isCapitalised: Bool) {
    let count = bytes.count
    var hash = WordTable.emptyHash
    var scalars = 0
    var digits = false
    var fast = true
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if byte &- 0x30 < 10 { digits = true }
        if fast {
          if index < limit { scratch[index] = lower }
          hash = WordTable.hash(hash, lower)
        }
        scalars += 1
        index += 1
        continue
      }
      if byte & 0xC0 != 0x80 { scalars += 1 }
      if fast {
        // U+0080–U+00FF (U+00C0–U+00DE but × lower-case to U+00E0–U+00FE), `Œ œ`, and
        // U+2002–U+207F (no case, and in form C, unlike U+2000 and U+2001).
        var length = 0
        if (byte == 0xC2 || byte == 0xC3) && index + 1 < count {
          length = 2
        } else if byte == 0xC5, index + 1 < count, bytes[index + 1] | 1 == 0x93 {
          length = 2
        } else if byte == 0xE2, index + 2 < count,
          (bytes[index + 1] == 0x80 && bytes[index + 2] >= 0x82) || bytes[index + 1] == 0x81
        {
          length = 3
        }
        if length == 0 {
          fast = false
        } else {
          for offset in 0..<length {
            var out = bytes[index + offset]
            if offset == 1 {
              if byte == 0xC3, LatinLowercase.isCapital(afterC3: out) { out += 0x20 }
              if byte == 0xC5 { out = 0x93 }
            }
            if index + offset < limit + 2 { scratch[index + offset] = out }
            hash = WordTable.hash(hash, out)
          }
          index += length
          continue
        }
      }
      index += 1
    }
    let first = bytes[0]
    let capitalised =
      scalars >= 2 && !digits && (first < 0x80 ? first &- 0x41 < 26 : isCapital(bytes))
    guard fast else { return (slowKind(bytes), capitalised) }
    let stored = UnsafeBufferPointer(rebasing: scratch[0..<min(count, limit)])
    return (kind(of: bytes, lower: stored, hash: hash), capitalised)
  }

  /// The kind of the word `bytes`, read on the fast path: `stored` is its first `limit` bytes
  /// (all of them when it is no longer) in lower case, and `hash` the hash of all of them.
  private func kind(
    of bytes: UnsafeBufferPointer<UInt8>, lower stored: UnsafeBufferPointer<UInt8>, hash: UInt32
  ) -> WordKind {
    let count = bytes.count
    let first = bytes[0]
    var kind = WordKind(rawValue: count <= limit ? table.value(stored, hash: hash) : 0)
    // `l’`, `d’`, `l'`, `d'`.
    var elision = 0
    if stored[0] == 0x6C || stored[0] == 0x64 {
      if count >= 2, stored[1] == 0x27 {
        elision = 2
      } else if count >= 4, stored[1] == 0xE2, stored[2] == 0x80, stored[3] == 0x99 {
        elision = 4
      }
    }
    if elision > 0 {
      kind.insert(.elided)
      let bare = UnsafeBufferPointer(rebasing: stored[elision...])
      if count <= limit, WordKind(rawValue: table.value(bare)).contains(.role) {
        kind.insert(.bareRole)
      }
    } else if kind.contains(.role) {
      kind.insert(.bareRole)
    }
    // No first name opens with a lower-case letter or a digit (a test checks).
    if first &- 0x61 >= 26, first &- 0x30 >= 10, isFirstName(bytes) {
      kind.insert(.firstName)
    }
    return kind
  }

  /// Whether the first scalar of `bytes`, one beyond ASCII, is a capital letter.
  private func isCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes[0] == 0xC3, bytes.count > 1 {
      // U+00C0–U+00DE but ×.
      return LatinLowercase.isCapital(afterC3: bytes[1])
    }
    let value = UTF8Scalar.decode(bytes, at: 0).value
    return Unicode.Scalar(value)?.properties.isUppercase ?? false
  }

  /// Whether `bytes`, with `'` read as `’`, is a first name.
  private func isFirstName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count <= firstNames.maxLength else { return false }
    var length = 0
    var hash = WordTable.emptyHash
    for byte in bytes {
      if byte == 0x27 {
        guard length + 3 <= firstNames.maxLength else { return false }
        for out: UInt8 in [0xE2, 0x80, 0x99] {
          scratch[length] = out
          hash = WordTable.hash(hash, out)
          length += 1
        }
      } else {
        scratch[length] = byte
        hash = WordTable.hash(hash, byte)
        length += 1
      }
    }
    return firstNames.value(UnsafeBufferPointer(rebasing: scratch[0..<length]), hash: hash) != 0
  }

  /// The kind of a word with scalars the byte path does not read, read on `String`s.
  private func slowKind(_ bytes: UnsafeBufferPointer<UInt8>) -> WordKind {
    let word = String(decoding: bytes, as: UTF8.self)
    let lower = word.lowercased()
    var kind = WordKind.of(lower: lower)
    if NameScanner.isElided(lower) {
      kind.insert(.elided)
      if PersonWords.roles.contains(String(lower.dropFirst(2))) { kind.insert(.bareRole) }
    } else if kind.contains(.role) {
      kind.insert(.bareRole)
    }
    if FirstNames.contains(word) { kind.insert(.firstName) }
    return kind
  }
}
