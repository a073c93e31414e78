# The C IFEval verifier on the host (c/skills/ifeval/, docs/ifeval.md "The verifier in C").
#   make ifeval-verify       build/engram-ifeval-verify
#   make ifeval-verify-san   build/engram-ifeval-verify-san (ASan + UBSan)
# src/board/ifeval-verify-native.test.ts compares every verdict with the TypeScript verifier.
# -ffp-contract=off: langdetect's doubles must be computed with the TS operation order (no fused
# multiply-add), so its verdicts are the TS verdicts.
IFV_SRC  := skills/ifeval/eg_ifv_re.c skills/ifeval/eg_ifv_unicode.c skills/ifeval/eg_ifv_py.c skills/ifeval/eg_ifv_punkt.c \
            skills/ifeval/eg_ifv_word_tokenize.c skills/ifeval/eg_ifv_checkers.c skills/ifeval/eg_ifv_evaluate.c \
            skills/ifeval/eg_ifv_langdetect.c skills/ifeval/eg_ifv_data.c skills/ifeval/engram_ifeval_verify.c text/eg_utf8.c
IFV_HDRS := $(wildcard skills/ifeval/*.h) text/eg_utf8.h mk/ifeval-verify.mk
IFV_FLAGS := -Iskills/ifeval -ffp-contract=off

.PHONY: ifeval-verify ifeval-verify-san
ifeval-verify: $(B)/engram-ifeval-verify
ifeval-verify-san: $(B)/engram-ifeval-verify-san

$(B)/engram-ifeval-verify: $(IFV_SRC) $(IFV_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -o $@.$$$$.tmp $(IFV_SRC) -lm && mv -f $@.$$$$.tmp $@

$(B)/engram-ifeval-verify-san: $(IFV_SRC) $(IFV_HDRS) | $(B)
	$(CC) $(CFLAGS) $(INC) $(IFV_FLAGS) -g $(SAN) -o $@.$$$$.tmp $(IFV_SRC) -lm && mv -f $@.$$$$.tmp $@
