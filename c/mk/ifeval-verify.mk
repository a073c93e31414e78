# The C IFEval verifier on the host (c/skills/ifeval/, docs/ifeval.md "The verifier in C").
#   make ifeval-verify       build/engram-ifeval-verify
#   make ifeval-verify-san   build/engram-ifeval-verify-san (ASan + UBSan)
# src/board/ifeval-verify-native.test.ts compares every verdict with the TypeScript verifier.
# -ffp-contract=off: langdetect's doubles must be computed with the TS operation order (no fused
# multiply-add), so its verdicts are the TS verdicts.
IFV_SRC  := skills/ifeval/eg_ifv_re.c skills/ifeval/eg_ifv_unicode.c skills/ifeval/eg_ifv_py.c skills/ifeval/eg_ifv_punkt.c \
            skills/ifeval/eg_ifv_word_tokenize.c skills/ifeval/eg_ifv_checkers.c skills/ifeval/eg_ifv_evaluate.c \
            skills/ifeval/eg_ifv_langdetect.c skills/ifeval/eg_ifv_data.c skills/ifeval/eg_ifv_batch.c skills/ifeval/engram_ifeval_verify.c text/eg_utf8.c
IFV_HDRS := $(wildcard skills/ifeval/*.h) eg_common.h text/eg_utf8.h text/eg_unicode_tables.h mk/ifeval-verify.mk
IFV_FLAGS := -Iskills/ifeval -ffp-contract=off

.PHONY: ifeval-verify ifeval-verify-san
ifeval-verify: $(B)/engram-ifeval-verify
ifeval-verify-san: $(B)/engram-ifeval-verify-san

$(B)/engram-ifeval-verify: $(IFV_SRC) $(IFV_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -o $@.$$$$.tmp $(IFV_SRC) -lm && mv -f $@.$$$$.tmp $@

$(B)/engram-ifeval-verify-san: $(IFV_SRC) $(IFV_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -g $(SAN) -o $@.$$$$.tmp $(IFV_SRC) -lm && mv -f $@.$$$$.tmp $@

# The checking path (everything but langdetect and the host loaders) compiled for the board's
# RV32IMC with board-sized limits, linked into one relocatable object: it fails when a soft-float
# helper is referenced (the target has no FPU). Not a firmware: the verifier's tables and scratch do
# not fit the board's 400 KiB RAM yet (docs/ifeval.md "The verifier in C").
IFV_BOARD_LIMITS ?= -DEG_IFV_MAX_CPS=4096u -DEG_IFV_MAX_ARG_CPS=256u -DEG_IFV_MAX_TOKENS=1024u -DEG_IFV_MAX_INSTR=8u \
                    -DEG_RE_MAX_NODES=200u -DEG_RE_MAX_ITEMS=128u -DEG_IFV_HAVE_LANGDETECT=0
IFV_CHECK_SRC := skills/ifeval/eg_ifv_re.c skills/ifeval/eg_ifv_unicode.c skills/ifeval/eg_ifv_py.c skills/ifeval/eg_ifv_punkt.c \
                 skills/ifeval/eg_ifv_word_tokenize.c skills/ifeval/eg_ifv_checkers.c skills/ifeval/eg_ifv_evaluate.c skills/ifeval/eg_ifv_batch.c text/eg_utf8.c
.PHONY: ifeval-verify-rv32
ifeval-verify-rv32: $(B)/fw/ifeval-verify-rv32.o
$(B)/fw/ifeval-verify-rv32.o: $(IFV_CHECK_SRC) $(IFV_HDRS)
	rm -rf $@.d && mkdir -p $@.d
	cd $@.d && for f in $(IFV_CHECK_SRC); do $(CROSS)gcc $(FW_CFLAGS) $(addprefix -I$(CURDIR)/,$(subst -I,,$(INC)) skills/ifeval) \
	    $(IFV_BOARD_LIMITS) -c $(CURDIR)/$$f || exit 1; done
	$(CROSS)ld -m elf32lriscv -r -o $@.tmp $@.d/*.o && rm -rf $@.d && \
	if $(CROSS)nm $@.tmp | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers referenced by the verifier's checking path" >&2; rm -f $@.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in the verifier's checking path"; mv -f $@.tmp $@; $(CROSS)size $@; fi

# The host verifier at small limits (IFV_LIMITS), under ASan + UBSan: every row must get the verdicts
# of the default build or IFV_TOO_LARGE, never other verdicts (src/board/ifeval-verify-native.test.ts).
IFV_LIMITS ?= -DEG_IFV_MAX_CPS=2048u -DEG_IFV_MAX_ARG_CPS=128u -DEG_IFV_MAX_TOKENS=256u -DEG_IFV_MAX_INSTR=8u \
              -DEG_RE_MAX_NODES=200u -DEG_RE_MAX_ITEMS=128u
.PHONY: ifeval-verify-limits
ifeval-verify-limits: $(B)/engram-ifeval-verify-limits
$(B)/engram-ifeval-verify-limits: $(IFV_SRC) $(IFV_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) $(IFV_LIMITS) -g $(SAN) -o $@.$$$$.tmp $(IFV_SRC) -lm && mv -f $@.$$$$.tmp $@

# The verifier on the board: make ifeval-verify-firmware PUNKT_BLOB=punkt.blob BATCH=rows.bin [IVF=...]
# (PUNKT_BLOB from `engram-ifeval-verify --punkt DIR --write-punkt FILE`: the user's Punkt parameters,
# embedded at build time, never shipped). Fails when a soft-float helper is linked.
IFV_FW_LIMITS ?= -DEG_IFV_MAX_CPS=2048u -DEG_IFV_MAX_ARG_CPS=128u -DEG_IFV_MAX_TOKENS=512u -DEG_IFV_MAX_INSTR=8u \
                 -DEG_RE_MAX_NODES=200u -DEG_RE_MAX_ITEMS=128u -DEG_RE_MAX_DEPTH=1000u -DEG_IFV_HAVE_LANGDETECT=0 \
                 -DEG_IFV_BATCH_MAX_KW=8u -DEG_IFV_BATCH_MAX_LIST=16u
IVF ?= $(B)/fw/engram-ifeval-verify-fw.elf
PUNKT_BLOB ?=
.PHONY: ifeval-verify-firmware
ifeval-verify-firmware: $(IVF)
$(IVF): skills/ifeval/ifeval_verify_main.c $(IFV_CHECK_SRC) $(IFV_HDRS) board/firmware/fw_report.h board/firmware/embed.S board/firmware/link.ld $(PUNKT_BLOB) $(BATCH)
	@test -n "$(PUNKT_BLOB)" -a -n "$(BATCH)" || (echo "make ifeval-verify-firmware needs PUNKT_BLOB=... BATCH=..." >&2; exit 2)
	mkdir -p $(dir $@)
	$(CROSS)gcc $(FW_CFLAGS) $(INC) -Iskills/ifeval $(IFV_FW_LIMITS) -DEG_FW_ARTIFACT='"$(abspath $(PUNKT_BLOB))"' -DEG_FW_BATCH='"$(abspath $(BATCH))"' \
	    --oslib=semihost --crt0=semihost $(FW_ARCH) -T board/firmware/link.ld -Wl,--gc-sections -Wl,-Map,$(@:.elf=.map) \
	    -o $@.$$$$.tmp skills/ifeval/ifeval_verify_main.c board/firmware/embed.S $(IFV_CHECK_SRC) && \
	if $(CROSS)nm $@.$$$$.tmp | grep -E ' [TtWw] ' | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers linked into $@" >&2; rm -f $@.$$$$.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in $@"; mv -f $@.$$$$.tmp $@; fi
