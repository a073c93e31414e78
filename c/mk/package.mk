# The C runtime packaged for a real board (src/board/package.ts, `engram board package`; docs/board.md
# "Flashing a real ESP32-C3"): an ESP-IDF component and an Arduino library.
#   make -s print-package   the sources the package copies (relative to c/), the -D configuration it
#                           bakes into engram_config.h and the include folders its headers come from
# The package is the console firmware's runtime (commands-board.mk: CMD_FW_SRC, CMD_FW_DEFS with the
# board limits) plus the line loop (board/eg_console.c), so a real board runs what QEMU proved.
# Templates: c/packaging/ (esp-idf/, arduino/).
PKG_SRC = $(CMD_FW_SRC) board/eg_console.c
PKG_DEFS = $(filter -D%,$(CMD_FW_DEFS))
PKG_INC = $(patsubst -I%,%,$(filter -I%,$(INC) $(CMD_FW_DEFS)))

.PHONY: print-package
print-package:
	@echo "sources: $(PKG_SRC)"
	@echo "defines: $(PKG_DEFS)"
	@echo "includes: $(PKG_INC)"
