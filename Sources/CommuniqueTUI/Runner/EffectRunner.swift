import CommuniqueCore
import Foundation
import Synchronization

/// The one effect runner: feeds messages to `update` and performs the effects it returns,
/// against a `Library` (a release, a search, the directory, a refresh), a `MarkStore` (read
/// and flagged releases) and a clipboard, until none is left. The reader runs it on the index
/// with the user's marks, the terminal's clipboard and a mailbox for slow work; the benchmark
/// on the index, everything at once; the tests on a library in memory, handing back the
/// effects they check.
public struct EffectRunner<Source: Library>: Sendable {
  /// Where releases, searches, the directory and refreshes come from.
  public let library: Source
  /// The kinds of effect performed; the others (and the terminal's own, `.quit` and
  /// `.runProgram`, always) are handed back to the caller, in order.
  public let performing: Set<Effect.Kind>
  /// Copies `text` and says how it went (`.copied` or `.copyFailed`).
  public let copy: @Sendable (_ text: String, _ summary: String) -> Message
  /// Where slow work (the refresh, the directory) posts its messages from a thread of its own;
  /// nil: it is done at once, before `update` returns.
  public let mailbox: Mailbox?
  /// Where the read and flagged marks are kept; nil: they last as long as the model.
  public let marks: (any MarkStore)?

  /// Results asked for per library search.
  public static var resultLimit: Int { 100 }

  /// A runner over `library`.
  public init(
    library: Source, performing: Set<Effect.Kind> = Set(Effect.Kind.allCases),
    copy: @escaping @Sendable (_ text: String, _ summary: String) -> Message = { _, _ in
      .copyFailed(reason: "pas de presse-papiers")
    },
    mailbox: Mailbox? = nil, marks: (any MarkStore)? = nil
  ) {
    self.library = library
    self.performing = performing
    self.copy = copy
    self.mailbox = mailbox
    self.marks = marks
  }

  /// The reader's first model at a size: the library's first `firstPage` summaries (all of
  /// them without a limit; `isListPartial` when there may be more) with their marks, the
  /// first release loaded.
  public func firstModel(
    libraryPath: String, width: Int, height: Int, firstPage: Int? = nil, message: String? = nil
  ) -> Model {
    let summaries = (try? library.summaries(limit: firstPage)) ?? []
    var model = Model(
      summaries: summaries, libraryPath: libraryPath, width: width, height: height,
      message: message)
    model.isListPartial = firstPage == summaries.count
    if let marks = try? marks?.marks() {
      model = CommuniqueTUI.update(model, .marksLoaded(marks)).0
    }
    return update(model, .resize(width: width, height: height)).0
  }

  /// `update` with `message`, then every effect performed and its answer fed back, until none
  /// is left: the model and the effects handed back.
  public func update(_ model: Model, _ message: Message) -> (Model, [Effect]) {
    update(model, [message])
  }

  /// `update` with each message in turn, the effects performed as for one message.
  public func update(_ model: Model, _ messages: [Message]) -> (Model, [Effect]) {
    var model = model
    var handedBack: [Effect] = []
    for message in messages {
      var pending: [Effect]
      (model, pending) = CommuniqueTUI.update(model, message)
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        guard effect != .quit, effect.kind != .runProgram, performing.contains(effect.kind)
        else {
          handedBack.append(effect)
          continue
        }
        for answer in perform(effect) {
          let (next, more) = CommuniqueTUI.update(model, answer)
          model = next
          pending += more
        }
      }
    }
    return (model, handedBack)
  }

  /// Reads the whole list (when the first frame showed only its first page) and then
  /// refreshes the library, as one piece of slow work: the list read first can never arrive
  /// after the refreshed one. While the refresh goes on, its progress is posted, and the list
  /// as indexed so far after the first batch and each time it has grown by a tenth
  /// (`.libraryGrowing`): a library without a cache is read while it is indexed. The
  /// messages, when there is no mailbox.
  public func startBackgroundWork(listing: Bool, refreshing: Bool) -> [Message] {
    guard listing || refreshing else { return [] }
    let library = self.library
    return slowly { post in
      if listing, let summaries = try? library.summaries(limit: nil) {
        post(.libraryListed(summaries))
      }
      guard refreshing else { return }
      let listedAt = Mutex(0)
      let refreshed = try? library.refresh { progress in
        guard progress.total > 0 else { return }
        post(.indexProgress(done: progress.done, total: progress.total))
        let grown = listedAt.withLock { listed in
          guard progress.done > 0, progress.done < progress.total, progress.done * 10 >= listed * 11
          else { return false }
          listed = progress.done
          return true
        }
        if grown, let summaries = try? library.summaries(limit: nil) {
          post(.libraryGrowing(summaries))
        }
      }
      let summaries = (try? library.summaries(limit: nil)) ?? []
      let skipped = refreshed == nil ? 0 : (try? library.problems().count) ?? 0
      post(.libraryRefreshed(summaries, skipped: skipped))
    }
  }

  /// The messages that answer `effect` (none yet when slow work went to the mailbox).
  private func perform(_ effect: Effect) -> [Message] {
    switch effect {
    case .quit, .runProgram: return []
    case .copy(let text, let summary): return [copy(text, summary)]
    case .loadRelease(let id):
      guard let release = try? library.release(id: id) else { return [.releaseUnavailable(id: id)] }
      return [.releaseLoaded(release)]
    case .searchLibrary(let query): return [.libraryResults(search(query, exact: false))]
    case .rankLibrarySearch(let query):
      let runner = self
      return slowly { post in post(.libraryResults(runner.search(query, exact: true))) }
    case .awaitTypingPause(let keystroke):
      guard let mailbox else { return [.typingPaused(keystroke: keystroke)] }
      DispatchQueue.global().asyncAfter(
        deadline: .now() + Self.seconds(LibrarySearch.typingPause)
      ) { mailbox.post(.typingPaused(keystroke: keystroke)) }
      return []
    case .refreshLibrary: return startBackgroundWork(listing: false, refreshing: true)
    case .saveMark(let mark, let on, let ids):
      do {
        try marks?.set(mark, on, ids: ids)
        return []
      } catch {
        return [.marksUnsaved(reason: "l’état de lecture ne peut être écrit (\(error))")]
      }
    case .loadMarks:
      guard let kept = try? marks?.marks() else { return [] }
      return [.marksLoaded(kept)]
    case .loadDirectory:
      let library = self.library
      return slowly { post in
        post(.directoryLoaded((try? library.directory()) ?? LibraryDirectory(releases: [])))
      }
    }
  }

  /// The library search's answer, as the reader takes it: the exact ranking, or a first pass.
  private func search(_ query: String, exact: Bool) -> LibraryResults {
    let limit = Self.resultLimit
    guard
      let results = try? exact
        ? library.search(query, limit: limit) : library.firstPassSearch(query, limit: limit)
    else {
      return LibraryResults(query: query, total: 0, hits: [], highlights: [])
    }
    return LibraryResults(
      query: query, total: results.total, isTotalCapped: results.isTotalCapped,
      isExact: results.isExact,
      hits: results.hits.map { .init(summary: $0.summary, snippet: $0.snippet) },
      highlights: results.highlights)
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  /// Runs `work` on a thread of its own, posting to the mailbox; without a mailbox, runs it at
  /// once and returns what it posted.
  private func slowly(_ work: @escaping @Sendable (_ post: @Sendable (Message) -> Void) -> Void)
    -> [Message]
  {
    if let mailbox {
      Thread.detachNewThread { work(mailbox.post) }
      return []
    }
    let posted = Mailbox()
    work(posted.post)
    return posted.take()
  }
}
