import CNcursesw
import CommuniqueTUI

/// Turns what `wget_wch` returned into a `Message`; curses codes stop here.
enum KeyDecoder {
  /// The message for a `wget_wch` result, or nil for input the reader ignores.
  static func message(status: Int32, value: UInt32) -> Message? {
    if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: value)) }
    guard status == OK else { return nil }
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  private static func functionKey(_ code: Int32) -> Message? {
    switch code {
    case KEY_UP: .key(.up)
    case KEY_DOWN: .key(.down)
    case KEY_LEFT: .key(.left)
    case KEY_RIGHT: .key(.right)
    case KEY_PPAGE: .key(.pageUp)
    case KEY_NPAGE: .key(.pageDown)
    case KEY_HOME: .key(.home)
    case KEY_END: .key(.end)
    case KEY_BTAB: .key(.backTab)
    case KEY_ENTER: .key(.enter)
    case KEY_BACKSPACE: .key(.backspace)
    case KEY_RESIZE: .resize(width: Int(cn_cols()), height: Int(cn_lines()))
    case KEY_MOUSE: mouse()
    default: nil
    }
  }

  private static func mouse() -> Message? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let kind: MouseEvent.Kind
    if event.bstate & cn_button4_pressed() != 0 {
      kind = .wheelUp
    } else if event.bstate & cn_button5_pressed() != 0 {
      kind = .wheelDown
    } else if event.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
      kind = .press
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind: kind, column: Int(event.x), row: Int(event.y)))
  }
}
