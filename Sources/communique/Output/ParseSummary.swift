import CommuniqueCore

/// The plain-text summary `communique parse` prints without `--json`.
enum ParseSummary {
  /// A few lines describing what was extracted from `release`.
  static func text(_ release: Release) -> String {
    var lines = [
      "\(release.sourcePath)", "  id\u{00A0}: \(release.id)",
      "  titre\u{00A0}: \(release.fullTitle)",
    ]
    if let dateline = release.dateline {
      lines.append("  lieu\u{00A0}: \(dateline.place)" + (dateline.when.map { " · \($0)" } ?? ""))
    }
    if let speaker = release.speakerLine { lines.append("  orateur\u{00A0}: \(speaker)") }
    lines.append("  paragraphes\u{00A0}: \(release.paragraphs.count)")
    for quote in release.quotes {
      let who = [quote.speaker, quote.role].compactMap { $0 }.joined(separator: ", ")
      lines.append("  citation (§\(quote.paragraph + 1))\u{00A0}: \(who.isEmpty ? "—" : who)")
    }
    for organisation in release.organisations {
      lines.append("  partenaire\u{00A0}: \(PartnerLine.text(organisation))")
    }
    for person in release.people {
      lines.append("  personne\u{00A0}: \(person.name)" + (person.role.map { " — \($0)" } ?? ""))
    }
    for contact in release.contacts { lines.append("  contact\u{00A0}: \(contact.line)") }
    return lines.map(StandardOutput.safe).joined(separator: "\n")
  }
}

/// One organisation on one line: `ACRONYME — Nom complet`.
enum PartnerLine {
  static func text(_ organisation: Organisation) -> String {
    guard let acronym = organisation.acronym, acronym != organisation.name else {
      return organisation.name
    }
    return "\(acronym) — \(organisation.name)"
  }
}
