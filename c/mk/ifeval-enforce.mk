# The C IFEval enforcer on the host (c/skills/respond/eg_ifr_enforce*.c, docs/ifeval-enforce.md
# "Enforce in C"): the responder and the verifier linked together.
#   make ifeval-enforce       build/engram-ifeval-enforce
#   make ifeval-enforce-san   build/engram-ifeval-enforce-san (ASan + UBSan)
# src/board/ifeval-enforce-native.test.ts compares every output byte with the TypeScript enforcer.
ENF_SRC  := skills/respond/eg_ifr_enforce.c skills/respond/eg_ifr_enforce_text.c skills/respond/eg_ifr_enforce_fixers.c \
            skills/respond/eg_ifr_enforce_format.c skills/respond/eg_ifr_enforce_length.c skills/respond/eg_ifr_enforce_keywords.c \
            skills/respond/eg_ifr_enforce_structure.c skills/respond/eg_ifr_enforce_case.c skills/respond/eg_ifr_enforce_json.c \
            skills/respond/engram_ifeval_enforce.c board/eg_host_file.c
ENF_IFV   = $(filter-out skills/ifeval/engram_ifeval_verify.c text/eg_utf8.c,$(IFV_SRC))
ENF_HDRS  = $(wildcard skills/respond/eg_ifr_enforce*.h) $(IFR_HDRS) $(IFV_HDRS) mk/ifeval-enforce.mk

.PHONY: ifeval-enforce ifeval-enforce-san
ifeval-enforce: $(B)/engram-ifeval-enforce
ifeval-enforce-san: $(B)/engram-ifeval-enforce-san

$(B)/engram-ifeval-enforce: $(ENF_SRC) $(IFR_SRC) $(ENF_IFV) $(ENF_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -o $@.$$$$.tmp $(ENF_SRC) $(sort $(IFR_SRC) $(ENF_IFV) text/eg_utf8.c) -lm && mv -f $@.$$$$.tmp $@

$(B)/engram-ifeval-enforce-san: $(ENF_SRC) $(IFR_SRC) $(ENF_IFV) $(ENF_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -g $(SAN) -o $@.$$$$.tmp $(ENF_SRC) $(sort $(IFR_SRC) $(ENF_IFV) text/eg_utf8.c) -lm && mv -f $@.$$$$.tmp $@

# The enforcer's checking path for the board's RV32IMC (with the responder and the verifier's checking
# path, board-sized limits, no langdetect), linked into one relocatable object: fails when a soft-float
# helper is referenced. Not a firmware: see docs/ifeval-enforce.md "Enforce in C" for what the board can run.
ENF_BOARD_LIMITS ?= $(IFV_BOARD_LIMITS) -DEG_ENF_BUF_CAP=8192u -DEG_ENF_POOL_CAP=8192u -DEG_ENF_MAX_SPANS=256u \
                    -DEG_ENF_MAX_WORDS=512u -DEG_ENF_MAX_UNITS=512u -DEG_ENF_MAX_FILL=64u
ENF_CHECK_SRC = $(filter-out skills/respond/engram_ifeval_enforce.c board/eg_host_file.c,$(ENF_SRC)) $(IFR_SRC) $(IFV_CHECK_SRC)
.PHONY: ifeval-enforce-rv32
ifeval-enforce-rv32: $(B)/fw/ifeval-enforce-rv32.o
$(B)/fw/ifeval-enforce-rv32.o: $(ENF_SRC) $(ENF_HDRS)
	rm -rf $@.d && mkdir -p $@.d
	cd $@.d && for f in $(sort $(ENF_CHECK_SRC)); do $(CROSS)gcc $(FW_CFLAGS) $(addprefix -I$(CURDIR)/,$(subst -I,,$(INC)) skills/ifeval) \
	    $(ENF_BOARD_LIMITS) -c $(CURDIR)/$$f || exit 1; done
	$(CROSS)ld -m elf32lriscv -r -o $@.tmp $@.d/*.o && rm -rf $@.d && \
	if $(CROSS)nm $@.tmp | grep -E '$(SOFT_FLOAT_RE)'; then \
	    echo "check-float: soft-float helpers referenced by the enforcer's checking path" >&2; rm -f $@.tmp; exit 1; \
	else echo "check-float: no soft-float helpers in the enforcer's checking path"; mv -f $@.tmp $@; $(CROSS)size $@; fi

# The host enforcer at small limits (ENF_LIMITS with the verifier's IFV_LIMITS), under ASan + UBSan:
# every row must get the default build's bytes or a TOO_LARGE code, never other bytes
# (src/board/ifeval-enforce-native.test.ts).
ENF_LIMITS ?= $(IFV_LIMITS) -DEG_ENF_BUF_CAP=4096u -DEG_ENF_POOL_CAP=4096u -DEG_ENF_MAX_SPANS=64u -DEG_ENF_MAX_WORDS=256u \
              -DEG_ENF_MAX_UNITS=128u -DEG_ENF_MAX_FILL=32u -DEG_ENF_JSON_DEPTH=4u
.PHONY: ifeval-enforce-limits
ifeval-enforce-limits: $(B)/engram-ifeval-enforce-limits
$(B)/engram-ifeval-enforce-limits: $(ENF_SRC) $(IFR_SRC) $(ENF_IFV) $(ENF_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) $(ENF_LIMITS) -g $(SAN) -o $@.$$$$.tmp $(ENF_SRC) $(sort $(IFR_SRC) $(ENF_IFV) text/eg_utf8.c) -lm && mv -f $@.$$$$.tmp $@
