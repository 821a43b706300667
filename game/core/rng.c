/*
 * rng — SplitMix64 (Steele, Lea and Flood 2014), the one small generator
 * the engine uses: the sandbox's math.random, the order kind's shuffle on
 * screen, random playthroughs. It passes BigCrush and its n-th output
 * depends only on the state it starts from, so a stream is two integers
 * that can be saved and replayed.
 */
#include "core/core.h"

uint64_t bd_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}
