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
