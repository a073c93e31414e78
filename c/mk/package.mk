# The C runtime packaged for a real board (src/board/package.ts, `engram board package`; docs/board.md
# "Flashing a real ESP32-C3"): an ESP-IDF component and an Arduino library.
#   make -s print-package   the sources the package copies (relative to c/), the -D configuration it
#                           bakes into engram_config.h and the include folders its headers come from
# The package is the console firmware's runtime (commands-board.mk: CMD_FW_SRC, CMD_FW_DEFS with the
# board limits) plus the line loop and its convert mode (CON_SRC: board/eg_console.c and the unit
# rewrite skills/commands/eg_cmd_rewrite.c; CON_DEFS: EG_CONSOLE_HAVE_REWRITE=1), so a real board runs
# what QEMU proved. The board limits (EG_CMD_MAX_INTENT_SLOTS, ...) are CMD_BOARD_LIMITS of
# commands-board.mk, not restated here: the package and the QEMU firmware cannot differ. The examples
# (c/packaging/) enable convert mode as console_main.c does. A board that only parses can build with
# -DEG_CONSOLE_HAVE_REWRITE=0 and leave eg_cmd_rewrite.c out.
# Templates: c/packaging/ (esp-idf/, arduino/).
PKG_SRC = $(CMD_FW_SRC) $(CON_SRC)
PKG_DEFS = $(filter -D%,$(CMD_FW_DEFS) $(CON_DEFS))
PKG_INC = $(patsubst -I%,%,$(filter -I%,$(INC) $(CMD_FW_DEFS)))

.PHONY: print-package
print-package:
	@echo "sources: $(PKG_SRC)"
	@echo "defines: $(PKG_DEFS)"
	@echo "includes: $(PKG_INC)"
