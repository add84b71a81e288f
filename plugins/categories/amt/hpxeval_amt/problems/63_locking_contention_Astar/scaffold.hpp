#pragma once
#include <vector>

// A directed edge to vertex `to`; weights are positive integers.
struct Edge {
    int to;
    int weight;
};

// A directed graph as adjacency lists: adj[v] holds the edges leaving vertex v.
// Vertices are numbered 0 .. adj.size()-1.
struct WeightedGraph {
    std::vector<std::vector<Edge>> adj;
};

// The result of a path search.
struct PathResult {
    bool found = false;     // whether goal is reachable from start
    long long cost = 0;     // total weight of the path returned (when found)
    std::vector<int> path;  // its vertices, from start to goal, both included (when found)
};
