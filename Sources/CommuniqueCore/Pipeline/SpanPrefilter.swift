/// What `SpanBuilder` reads of a paragraph's UTF-8 bytes, eight at a time, before it runs the
/// costlier searches: whether an e-mail address or a phone number can be there at all. The
/// same answers as `ParagraphBytes`' `hasAt` and `mayHoldPhoneNumber`, which is asked only
/// when the paragraph holds eight digits.
struct SpanPrefilter {
  /// Whether the paragraph holds `@`, which every e-mail address holds.
  let mayHoldEmail: Bool
  /// Whether the paragraph holds a run of eight digits (`ParagraphBytes.mayHoldPhoneNumber`).
  let mayHoldPhoneNumber: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var ats = 0
    var digits = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = ByteWord.load(bytes, at: offset)
      if ByteWord.holds(0x40, in: word) { ats = 1 }
      digits += ByteWord.digits(in: word).nonzeroBitCount
      offset += 8
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0x40 { ats = 1 }
      if byte &- 0x30 < 10 { digits += 1 }
      offset += 1
    }
    mayHoldEmail = ats != 0
    mayHoldPhoneNumber = digits >= 8 && ParagraphBytes(bytes).mayHoldPhoneNumber
  }
}
