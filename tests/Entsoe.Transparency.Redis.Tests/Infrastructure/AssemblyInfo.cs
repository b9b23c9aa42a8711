// The fleet tests start several processes and count arrivals on real time: on a small machine they must not share
// the cores with each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
