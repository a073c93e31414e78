/* Computes the C runtime's answer to one hashes.txt or tokenize.txt vector, as the text the file
 * holds for it (so the unit tests compare strings, and engram-native --hash-vectors / --tokenize-
 * vectors print the same text for the conformance harness to compare). */
#ifndef EG_VEC_EVAL_H
#define EG_VEC_EVAL_H

#include "eg_vectors.h"

/* The computed output of a hash vector (v->fields without the expected last field) into out.
 * Returns 0, or -1 on a malformed line. */
int eg_vec_eval_hash(const eg_vec_file *v, char *out, size_t cap);

/* "COUNT HASH..." for a tokenizer vector (fields MAX_BYTES MAX_TOKENS INPUT ...). 0 or -1. */
int eg_vec_eval_tokenize(const eg_vec_file *v, char *out, size_t cap);

/* The expected text of the line in the same form: its last field (hashes), or fields 3.. joined
 * (tokenize). */
void eg_vec_expected_tokenize(const eg_vec_file *v, char *out, size_t cap);

#endif /* EG_VEC_EVAL_H */
