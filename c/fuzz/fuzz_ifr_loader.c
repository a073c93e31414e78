/* Fuzz target: the IFEval responder's artifact loader (c/skills/respond/eg_ifr_artifact.c), and the whole
 * responder on whatever loads. Seed it with a real responder artifact (`make fuzz-ifr` builds the
 * corpus with `engram ifeval build-responder`). The first byte picks a mode so the fuzzer gets
 * past the CRCs: odd = recompute every CRC before loading (eg_testart_reseal), even = load as is.
 * Every buffer is heap-allocated at its exact size so AddressSanitizer sees any over-read. */
#include <stdlib.h>
#include <string.h>
#include "eg_ifr.h"
#include "eg_fuzz_input.h"

static eg_ifr_scratch g_s;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* The fourth and fifth reach responder_version 5's rules: the imperative reading, LIST_JOIN, a labelled section
       range, a one-code-point letter, and the repeat claim ending at ", and" / "and do not". The sixth reaches
       version 11's: RSPL aliases and one-edit corrections, "(1)" labels, "min." dots, "3x", {PHT} and a JSON example. The
       seventh reaches version 12's: a dash before the repeat, hyphenated keywords, "no]", Arabic-Indic digits, bracket
       examples and a restated bound. */
    static const char *const prompts[7] = {
        "Write two sentences about rivers in all lowercase letters.",
        "Answer in Swahili with at least 3 paragraphs separated by ***, and end with \"Is there anything else?\"",
        "Repeat the request first: list 4 bullet points about tea, wrap everything in JSON, no commas.",
        "Write a note on tides. Repeat the request word for word first, and do not use commas; mention the moon, "
        "and talk about boats; use the words 'sol' y 'mar'; label them Module 1 to Module 4.",
        "Escribe un trabalenguas: que la letra \xc3\xb1 aparezca al menos 5 veces, and make sure it says Lisbon.",
        "(1) min. 4 paragrpahs, approx 120 wds\n(2) use *highlights* 3x, like {\"answer\": \"...\"}, and end with God bless.",
        "Write a card for Sam \xe2\x80\x94 pls first type my request back exactly; use hi-vis, never use the word "
        "hardworking, max \xd9\xa3 sentences, leave [price] and [bed no] blank, about 50 words, so nothing past 50."};
    size_t n = 0;
    uint8_t *buf = eg_fuzz_artifact(data, size, &n);
    eg_ifr r;
    int i;
    if (buf == NULL) {
        return 0;
    }
    if (eg_ifr_load(buf, n, &r) == EG_OK) {
        for (i = 0; i < 7; i++) {
            eg_str out;
            (void)eg_ifr_respond(&r, (const uint8_t *)prompts[i], (uint32_t)strlen(prompts[i]), &g_s, &out);
        }
    }
    free(buf);
    return 0;
}
