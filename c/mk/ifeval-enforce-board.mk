# The IFEval enforcer on the board (docs/ifeval-enforce.md "On the board"; src/board/ifeval-enforce-board.ts):
#   make ifeval-enforce-firmware ARTIFACT=responder.engram PUNKT_BLOB=punkt.blob BATCH=rows.bin [EFW=...]
# ARTIFACT: a responder artifact; PUNKT_BLOB: `engram-ifeval-verify --punkt DIR --write-punkt FILE` (the
# user's Punkt parameters, embedded at build time, never shipped); BATCH: prompt, draft pairs in the
# responder's framing (encodeEnforceBatch). Fails when a soft-float helper is linked.
# ENF_FW_LIMITS is the one set of board limits every buffer is sized from: 4,096 code points per checked
# response, 6 KiB enforcer text buffers, 1,024 prompt tokens, 8 requirements, no langdetect, and no
# matcher index and no RSPL hash cache (the responder scans its tables: same plans, about 100 KB less RAM). Past a limit a row
# gets a TOO_LARGE code, never other bytes. -fno-strict-aliasing: the firmware overlaps the responder's
# and the verifier's scratch in one union (ifeval_enforce_main.c).
ENF_FW_LIMITS ?= -DEG_IFV_MAX_CPS=4096u -DEG_IFV_MAX_ARG_CPS=128u -DEG_IFV_MAX_TOKENS=768u -DEG_IFV_MAX_INSTR=8u \
                 -DEG_RE_MAX_NODES=200u -DEG_RE_MAX_ITEMS=128u -DEG_RE_MAX_DEPTH=1000u -DEG_IFV_HAVE_LANGDETECT=0 \
                 -DEG_ENF_BUF_CAP=6144u -DEG_ENF_POOL_CAP=8192u -DEG_ENF_MAX_SPANS=256u -DEG_ENF_MAX_WORDS=512u \
                 -DEG_ENF_MAX_UNITS=512u -DEG_ENF_MAX_FILL=64u \
                 -DEG_IFR_TOK_CAP=1024u -DEG_IFR_BUF_CAP=6144u -DEG_IFR_MAX_ITEMS=256 -DEG_IFR_MAX_MATCHES=64u \
                 -DEG_IFR_MAX_STRS=128u -DEG_IFR_ARENA_CAP=8192u -DEG_IFR_MAX_FILL=64u \
                 -DEG_IFR_IX_SLOTS=4u -DEG_IFR_IX_PATS=1u -DEG_IFR_IX_ROWS=1u -DEG_IFR_IX_ROW_WORDS=1u -DEG_IFR_IX_REL=1u \
                 -DEG_IFR_SPL_CAP=1u
EFW ?= $(B)/fw/engram-ifeval-enforce-fw.elf
# Prerequisites from the file system: the source lists live in mk files read after this one.
EFW_DEPS := $(wildcard skills/respond/*.c skills/respond/*.h skills/ifeval/*.c skills/ifeval/*.h text/*.c text/*.h artifact/*.c artifact/*.h) eg_common.h board/firmware/ifeval_enforce_main.c \
            board/firmware/embed_punkt.S board/firmware/fw_report.h board/firmware/embed.S board/firmware/link.ld mk/ifeval-enforce-board.mk
.PHONY: ifeval-enforce-firmware
ifeval-enforce-firmware: $(EFW)
$(EFW): $(EFW_DEPS) $(ARTIFACT) $(PUNKT_BLOB) $(BATCH)
	@test -n "$(ARTIFACT)" -a -n "$(PUNKT_BLOB)" -a -n "$(BATCH)" || (echo "make ifeval-enforce-firmware needs ARTIFACT=... PUNKT_BLOB=... BATCH=..." >&2; exit 2)
	mkdir -p $(dir $@)
	$(CROSS)gcc $(FW_CFLAGS) -fno-strict-aliasing $(INC) -Iskills/ifeval $(ENF_FW_LIMITS) \
	    -DEG_FW_ARTIFACT='"$(abspath $(ARTIFACT))"' -DEG_FW_BATCH='"$(abspath $(BATCH))"' -DEG_FW_PUNKT='"$(abspath $(PUNKT_BLOB))"' \
	    --oslib=semihost --crt0=semihost $(FW_ARCH) -T board/firmware/link.ld -Wl,--gc-sections -Wl,-Map,$(@:.elf=.map) \
	    -o $@.$$$$.tmp board/firmware/ifeval_enforce_main.c board/firmware/embed.S board/firmware/embed_punkt.S $(sort $(ENF_CHECK_SRC)) && \
	if $(CROSS)nm $@.$$$$.tmp | grep -E ' [TtWw] ' | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers linked into $@" >&2; rm -f $@.$$$$.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in $@"; mv -f $@.$$$$.tmp $@; fi
