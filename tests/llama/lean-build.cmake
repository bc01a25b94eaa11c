# Included by CMake right after llama.cpp's own project() while llama-cpp-python builds
# (CMAKE_ARGS=-DCMAKE_PROJECT_llama.cpp_INCLUDE=<this file>, see the Makefile's LLAMA_CMAKE_ARGS).
#
# llama-cpp-python forces llama.cpp's `common` library on (a FORCEd cache entry), yet its
# Python side loads only libllama and libggml*: common and the HTTP client it pulls in were
# about a third of the build's CPU (the multimodal library, LLAVA_BUILD=OFF, another third).
# A variable in llama.cpp's directory scope takes precedence over the cache entry, so
# `if (LLAMA_BUILD_COMMON)` there is false and neither is compiled nor installed.
set(LLAMA_BUILD_COMMON OFF)

# What is left is three quarters libllama's C++ (model graphs, loader, vocabulary, sampler,
# grammar: ~40 files of templates) and ggml-base (graph and file handling), neither of them
# inference's inner loop, which is ggml-cpu's kernels. Those two at -O1 instead of -O3 cut
# the build's CPU by a fifth and left the tests' CPU unchanged (docs/operations.md);
# ggml-cpu keeps -O3. The targets exist only once llama.cpp's directory is read, hence DEFER;
# a later -O wins over the -O3 that CMAKE_BUILD_TYPE=Release puts first.
function(_heard_lean_optimisation)
  foreach(target llama ggml-base)
    target_compile_options(${target} PRIVATE -O1)
  endforeach()
endfunction()
cmake_language(DEFER CALL _heard_lean_optimisation)
