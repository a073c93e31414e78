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
       examples and a restated bound. The eighth and ninth reach version 13's cue step: a prompt not written in English,
       with cue words around digits, Han numerals and quoted strings. */
    static const char *const prompts[9] = {
        "Write two sentences about rivers in all lowercase letters.",
        "Answer in Swahili with at least 3 paragraphs separated by ***, and end with \"Is there anything else?\"",
        "Repeat the request first: list 4 bullet points about tea, wrap everything in JSON, no commas.",
        "Write a note on tides. Repeat the request word for word first, and do not use commas; mention the moon, "
        "and talk about boats; use the words 'sol' y 'mar'; label them Module 1 to Module 4.",
        "Escribe un trabalenguas: que la letra \xc3\xb1 aparezca al menos 5 veces, and make sure it says Lisbon.",
        "(1) min. 4 paragrpahs, approx 120 wds\n(2) use *highlights* 3x, like {\"answer\": \"...\"}, and end with God bless.",
        "Write a card for Sam \xe2\x80\x94 pls first type my request back exactly; use hi-vis, never use the word "
        "hardworking, max \xd9\xa3 sentences, leave [price] and [bed no] blank, about 50 words, so nothing past 50.",
        "\xd0\x9d\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x88\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb4\xd1\x80\xd0\xb0"
        "\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5: \xd0\xbd\xd0\xb5 \xd0\xb1\xd0\xbe\xd0\xbb\xd0\xb5"
        "\xd0\xb5 50 \xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2, \xd0\xb8\xd1\x81\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0"
        "\xb7\xd1\x83\xd0\xb9 \xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xbe \xc2\xab\xd1\x81\xd0\xbf\xd0\xb0\xd1"
        "\x81\xd0\xb8\xd0\xb1\xd0\xbe\xc2\xbb \xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb4\xd1\x8b, \xd0\xb1\xd0"
        "\xb5\xd0\xb7 \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8b\xd1\x85.",
        "\xe8\x87\xaa\xe5\xb7\xb1\xe7\xb4\xb9\xe4\xbb\x8b\xe3\x82\x92\xe6\x9b\xb8\xe3\x81\x84\xe3\x81\xa6\xe3"
        "\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82\xe3\x81\xa1\xe3\x82\x87\xe3\x81\x86\xe3\x81"
        "\xa9\xe4\xb8\x89\xe3\x81\xa4\xe3\x81\xae\xe6\xae\xb5\xe8\x90\xbd\xe3\x81\xab\xe3\x81\x97\xe3\x81\xa6"
        "\xe3\x80\x81\xe3\x80\x8c\xe7\x92\xb0\xe5\xa2\x83\xe3\x80\x8d\xe3\x82\x92\xe4\xba\x8c\xe5\x9b\x9e\xe4"
        "\xbd\xbf\xe3\x81\x84\xe3\x80\x81\xe6\x9c\x80\xe5\xbe\x8c\xe3\x81\xaf\xe3\x80\x8c\xe3\x82\x88\xe3\x82"
        "\x8d\xe3\x81\x97\xe3\x81\x8f\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99"
        "\xe3\x80\x8d\xe3\x81\xa7\xe7\xb5\x82\xe3\x82\x8f\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3"
        "\x81\x95\xe3\x81\x84\xe3\x80\x82"};
    size_t n = 0;
    uint8_t *buf = eg_fuzz_artifact(data, size, &n);
    eg_ifr r;
    int i;
    if (buf == NULL) {
        return 0;
    }
    if (eg_ifr_load(buf, n, &r) == EG_OK) {
        for (i = 0; i < 9; i++) {
            eg_str out;
            (void)eg_ifr_respond(&r, (const uint8_t *)prompts[i], (uint32_t)strlen(prompts[i]), &g_s, &out);
        }
    }
    free(buf);
    return 0;
}
