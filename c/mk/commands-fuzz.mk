# libFuzzer (+ ASan + UBSan) on the structured-commands runtime (c/skills/commands, docs/commands.md):
#   make fuzz-cmd FUZZ_RUNS=N   fuzz_cmd_loader (hostile artifacts -> eg_cmd_load, then eg_cmd_parse on what
#                               loads) and fuzz_cmd_parse (hostile queries -> eg_cmd_parse on the demo
#                               artifact), N runs each with -seed=1; exit 2 without libFuzzer (require-libfuzzer).
# The seed corpora and the demo artifact are written into $(B)/cmd-fuzz by src/board/commands-fuzz.ts
# (needs node and the repository's node_modules). A crash makes libFuzzer exit non-zero and write
# crash-* under $(B)/cmd-fuzz/.
CMD_FUZZ := $(B)/cmd-fuzz

.PHONY: fuzz-cmd fuzz-cmd-build
fuzz-cmd-build: $(B)/fuzz_cmd_loader $(B)/fuzz_cmd_parse

$(B)/fuzz_cmd_loader: fuzz/fuzz_cmd_loader.c fuzz/eg_fuzz_input.h $(CMD_SRC) $(CMD_HDRS) $(CMD_CFG) tests/eg_testart.c tests/eg_testart.h | $(B) require-libfuzzer
	$(CLANG) -std=c99 $(INC) $(CMD_DEFS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o $@.$$$$.tmp fuzz/fuzz_cmd_loader.c $(CMD_SRC) tests/eg_testart.c && mv -f $@.$$$$.tmp $@

$(B)/fuzz_cmd_parse: fuzz/fuzz_cmd_parse.c $(CMD_SRC) $(CMD_HDRS) $(CMD_CFG) board/eg_host_file.c board/eg_host_file.h | $(B) require-libfuzzer
	$(CLANG) -std=c99 $(INC) $(CMD_DEFS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o $@.$$$$.tmp fuzz/fuzz_cmd_parse.c $(CMD_SRC) board/eg_host_file.c && mv -f $@.$$$$.tmp $@

fuzz-cmd: $(B)/fuzz_cmd_loader $(B)/fuzz_cmd_parse
	cd .. && node --import tsx src/board/commands-fuzz.ts $(abspath $(CMD_FUZZ))
	$(B)/fuzz_cmd_loader -runs=$(FUZZ_RUNS) -seed=1 -max_len=262144 -artifact_prefix=$(CMD_FUZZ)/ $(CMD_FUZZ)/corpus_cmd_loader \
	    > $(CMD_FUZZ)/fuzz_cmd_loader.log 2>&1; rc=$$?; tail -n 2 $(CMD_FUZZ)/fuzz_cmd_loader.log; exit $$rc
	ENGRAM_FUZZ_CMD_ARTIFACT=$(abspath $(CMD_FUZZ))/demo.engram \
	$(B)/fuzz_cmd_parse -runs=$(FUZZ_RUNS) -seed=1 -max_len=16384 -artifact_prefix=$(CMD_FUZZ)/ $(CMD_FUZZ)/corpus_cmd_parse \
	    > $(CMD_FUZZ)/fuzz_cmd_parse.log 2>&1; rc=$$?; tail -n 2 $(CMD_FUZZ)/fuzz_cmd_parse.log; exit $$rc
