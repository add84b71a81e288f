#pragma once
#include <vector>

// An undirected graph as adjacency lists: adj[v] holds the neighbours of vertex v, and every
// edge appears in the lists of both of its ends. Vertices are numbered 0 .. adj.size()-1.
struct Graph {
    std::vector<std::vector<int>> adj;
};
