# The unit-conversion rewrite (c/skills/commands/eg_cmd_rewrite.c, docs/rewrite.md).
#   make rewrite-test    build/eg-cmd-rewrite (plain, linked with eg_cmd_normalize.c) and
#                        build/eg-cmd-rewrite-san (ASan + UBSan, linked with eg_cmd_grammar.c, as the commands
#                        firmware and console link the normalizers): the drivers
#                        src/skills/commands/rewrite/native.test.ts compares with rewriteUnits
#   make rewrite-firmware BATCH=lines.bin [RFW=build/fw/engram-rewrite-fw.elf]
#                        every line of the batch rewritten on the RV32IMC board (board/firmware/rewrite_main.c);
#                        fails when a soft-float helper is linked (check-float)
RW_SRC     := skills/commands/eg_cmd_rewrite.c text/eg_utf8.c text/eg_hash.c
RW_HDRS    := skills/commands/eg_cmd_rewrite.h $(NORM_HDRS) text/eg_utf8.h mk/rewrite.mk
RW_GRAMMAR := skills/commands/eg_cmd_grammar.c skills/commands/eg_cmd.h

.PHONY: rewrite-test rewrite-firmware
rewrite-test: $(B)/eg-cmd-rewrite $(B)/eg-cmd-rewrite-san

$(B)/eg-cmd-rewrite: $(RW_SRC) skills/commands/eg_cmd_normalize.c skills/commands/eg_cmd_rewrite_cli.c $(RW_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) -Iskills/commands -o $@.$$$$.tmp $(RW_SRC) skills/commands/eg_cmd_normalize.c skills/commands/eg_cmd_rewrite_cli.c && mv -f $@.$$$$.tmp $@

$(B)/eg-cmd-rewrite-san: $(RW_SRC) $(RW_GRAMMAR) skills/commands/eg_cmd_rewrite_cli.c $(RW_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) -Iskills/commands -g $(SAN) -o $@.$$$$.tmp $(RW_SRC) skills/commands/eg_cmd_grammar.c skills/commands/eg_cmd_rewrite_cli.c && mv -f $@.$$$$.tmp $@

# ---------------------------------------------------------------- firmware
# The rewrite needs no artifact (its tables are compiled in); embed.S names one, so it gets an empty file.
RFW ?= $(B)/fw/engram-rewrite-fw.elf
RW_FW_SRC := $(RW_SRC) skills/commands/eg_cmd_normalize.c

$(B)/fw/rewrite-no-artifact.bin:
	mkdir -p $(dir $@)
	: > $@

rewrite-firmware: $(RFW)

$(RFW): board/firmware/rewrite_main.c board/firmware/fw_report.h board/firmware/embed.S board/firmware/link.ld $(RW_FW_SRC) $(RW_HDRS) \
        $(BATCH) $(B)/fw/rewrite-no-artifact.bin
	@test -n "$(BATCH)" || (echo "make rewrite-firmware needs BATCH=..." >&2; exit 2)
	mkdir -p $(dir $@)
	$(CROSS)gcc $(FW_CFLAGS) $(INC) -Iskills/commands -DEG_FW_ARTIFACT='"$(abspath $(B)/fw/rewrite-no-artifact.bin)"' \
	    -DEG_FW_BATCH='"$(abspath $(BATCH))"' --oslib=semihost --crt0=semihost $(FW_ARCH) -T board/firmware/link.ld \
	    -Wl,--gc-sections -Wl,-Map,$(@:.elf=.map) -o $@.$$$$.tmp board/firmware/rewrite_main.c board/firmware/embed.S $(RW_FW_SRC) && \
	if $(CROSS)nm $@.$$$$.tmp | grep -E ' [TtWw] ' | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers linked into $@" >&2; rm -f $@.$$$$.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in $@"; mv -f $@.$$$$.tmp $@; fi
