/// One `WordForms` per slice of `parallelMap`, kept for a whole refresh: each batch's slices
/// find the forms the earlier batches worked out (a new `WordForms` per batch stemmed and
/// folded the library's common words again every 500 files).
///
/// Slice `n` of a batch is the only user of `self[n]` while the batch runs, and batches run one
/// after the other, so no `WordForms` is ever used by two threads at once.
final class WordFormsPool: @unchecked Sendable {
  private let forms: [WordForms]

  /// Forms for every slice `parallelMap` can cut.
  init() {
    forms = (0..<[FileStat].sliceLimit).map { _ in WordForms() }
  }

  /// The forms of slice `slice` (new ones, not kept, should the number of cores have grown
  /// since the pool was made).
  subscript(slice: Int) -> WordForms { slice < forms.count ? forms[slice] : WordForms() }
}
