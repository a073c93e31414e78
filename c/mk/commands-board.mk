# The commands skill on the emulated board (docs/board.md "Commands on the board", "Live console").
#   make commands-firmware ARTIFACT=a.engram BATCH=q.bin [CFW=build/fw/engram-commands-fw.elf]
#        the board proof: every query of the batch parsed on the device, one JSON line each
#   make console-firmware ARTIFACT=a.engram [CON=build/fw/engram-console-fw.elf] [CON_START="-D..."]
#        the live console: lines in over the NS16550A UART, one answer line each (eg_console), with
#        convert mode (the unit rewrite, eg_cmd_rewrite.c); CON_START sets the mode at boot and the
#        rewrite options (console_main.c: -DEG_CONSOLE_FW_MODE=1 -DEG_CONSOLE_FW_DIRECTION=1
#        -DEG_CONSOLE_FW_DECIMALS=3 boots in convert mode, to imperial, 3 decimals)
#   make console-limits [CMD_LIMITS="-D..."] [CLB=build/engram-console-limits]
#        the console loop on the host (c/board/eg_console_host.c) with the board limits, or others,
#        under ASan + UBSan, convert mode included (src/board/commands-board.test.ts,
#        src/board/console-convert.test.ts)
# Both firmwares are built with CMD_BOARD_LIMITS, which make the parser's scratch fit the board's RAM;
# each limit gives EG_CMD_TOO_LARGE (or, for an intent's slots, a load-time refusal), never another
# answer. The host build (c/Makefile `commands`) keeps the format's own bounds.
#   EG_CMD_MAX_INTENT_SLOTS  slots one intent allows (Snips needs 14, the demo 5); the Viterbi's
#                            emission and back-pointer tables are [64 tokens][1 + 2 x this], its
#                            transition table [1 + 2 x this]^2
#   EG_CMD_GRAM_CPS          code points up to the last token's end, for the grammar classes
#   EG_CMD_NORM_SCRATCH      value normalizer scratch: slot texts up to (this - 96) / 16 bytes
# With GRAM_CPS and NORM_SCRATCH at the console's 512-byte line, no line the console accepts meets
# either limit.
CMD_BOARD_LIMITS ?= -DEG_CMD_MAX_INTENT_SLOTS=24 -DEG_CMD_GRAM_CPS=512 -DEG_CMD_NORM_SCRATCH=8288
CMD_FW_DEFS := -DEG_CMD_HAVE_NORMALIZE=1 -DEG_CMD_HAVE_GRAMMAR=1 -Iskills/commands $(CMD_BOARD_LIMITS)
CMD_FW_SRC  := skills/commands/eg_cmd_artifact.c skills/commands/eg_cmd_runtime.c skills/commands/eg_cmd_grammar.c \
               skills/commands/eg_cmd_values.c artifact/eg_crc32.c artifact/eg_container.c text/eg_utf8.c text/eg_hash.c
CMD_FW_DEPS := board/firmware/fw_report.h board/firmware/embed.S board/firmware/link.ld $(CMD_FW_SRC) $(CMD_HDRS) mk/commands-board.mk

CFW ?= $(B)/fw/engram-commands-fw.elf
CON ?= $(B)/fw/engram-console-fw.elf

# The console's convert mode: the unit rewrite linked beside the normalizers (eg_cmd_grammar.c).
CON_DEFS := -DEG_CONSOLE_HAVE_REWRITE=1
CON_SRC  := board/eg_console.c skills/commands/eg_cmd_rewrite.c
CON_DEPS := $(CON_SRC) board/eg_console.h skills/commands/eg_cmd_rewrite.h
CON_START ?=

# Fails (and removes the image) when a soft-float helper is linked: the target has no FPU.
# $(4): more compiler flags.
define cmd_fw_link
	mkdir -p $(dir $(1))
	$(CROSS)gcc $(FW_CFLAGS) $(INC) $(CMD_FW_DEFS) $(4) -DEG_FW_ARTIFACT='"$(abspath $(ARTIFACT))"' -DEG_FW_BATCH='"$(abspath $(2))"' \
	    --oslib=semihost --crt0=semihost $(FW_ARCH) -T board/firmware/link.ld -Wl,--gc-sections -Wl,-Map,$(1:.elf=.map) \
	    -o $(1).$$$$.tmp $(3) board/firmware/embed.S $(CMD_FW_SRC) && \
	if $(CROSS)nm $(1).$$$$.tmp | grep -E ' [TtWw] ' | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers linked into $(1)" >&2; rm -f $(1).$$$$.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in $(1)"; mv -f $(1).$$$$.tmp $(1); fi
endef

.PHONY: commands-firmware console-firmware console-limits
CON_FORCE:
commands-firmware: $(CFW)
console-firmware: $(CON)

$(CFW): board/firmware/commands_main.c $(CMD_FW_DEPS) $(ARTIFACT) $(BATCH)
	@test -n "$(ARTIFACT)" -a -n "$(BATCH)" || (echo "make commands-firmware needs ARTIFACT=... BATCH=..." >&2; exit 2)
	$(call cmd_fw_link,$@,$(BATCH),board/firmware/commands_main.c)

# The console has no batch: embed.S still names one, so it gets an empty file.
$(B)/fw/empty.bin:
	mkdir -p $(dir $@)
	: > $@

# The image is rebuilt when CON_START changes: the flags are kept beside it (CON.flags, rewritten
# only when they differ), so two consoles built into different paths never share the file.
$(CON:.elf=.flags): CON_FORCE
	@mkdir -p $(dir $@)
	@echo '$(CON_START)' | cmp -s - $@ || echo '$(CON_START)' > $@

$(CON): board/firmware/console_main.c $(CON_DEPS) $(CMD_FW_DEPS) $(ARTIFACT) $(B)/fw/empty.bin $(CON:.elf=.flags)
	@test -n "$(ARTIFACT)" || (echo "make console-firmware needs ARTIFACT=..." >&2; exit 2)
	$(call cmd_fw_link,$@,$(B)/fw/empty.bin,board/firmware/console_main.c $(CON_SRC),$(CON_DEFS) $(CON_START))

CLB ?= $(B)/engram-console-limits
CMD_LIMITS ?= $(CMD_BOARD_LIMITS)
console-limits:
	mkdir -p $(dir $(CLB))
	$(CC) $(CFLAGS) $(INC) -DEG_CMD_HAVE_NORMALIZE=1 -DEG_CMD_HAVE_GRAMMAR=1 -Iskills/commands $(CON_DEFS) $(CMD_LIMITS) -g $(SAN) \
	    -o $(CLB).$$$$.tmp $(CMD_FW_SRC) $(CON_SRC) board/eg_console_host.c board/eg_host_file.c && mv -f $(CLB).$$$$.tmp $(CLB)
