"""Help > Language: the window's language, the operating system's or one the user chooses,
applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.report.language import LANGUAGES, language_for, translate


class LanguageCommands:
    """Fills the Language menu: "As the system (…)" and each shipped language in its own name."""

    def __init__(self, context: CommandContext, menu: QMenu):
        self.context = context
        group = QActionGroup(menu)
        system = LANGUAGES[language_for("", QLocale.system())]
        choices = [("", translate("Language", "As the System ({language})").format(language=system))]
        choices += list(LANGUAGES.items())
        chosen = context.settings.language if context.settings.language in LANGUAGES else ""
        self.actions: dict[str, QAction] = {}
        for code, name in choices:
            action = QAction(name, menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Keep ``code`` ("" for the system's language) for the next start and say so."""
        settings = self.context.settings
        if code == settings.language:
            return
        settings.language = code
        settings.sync()
        name = LANGUAGES[language_for(code, QLocale.system())]
        self.context.show_status(
            translate("Language", "FetalHC will be in {language} from its next start.").format(language=name), 0
        )
