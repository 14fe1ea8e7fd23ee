# The segmenter addon: cppjieba (the engine inside nodejieba, whose headers and dictionaries
# nodejieba's package ships) behind the few calls src/text/segment.ts makes. Built by
# `npm install` (postinstall); see segmenter.cc for why it exists.
{
  "targets": [
    {
      "target_name": "segmenter",
      "sources": ["segmenter.cc"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags": ["-DLOGGING_LEVEL=LL_WARNING"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "CLANG_CXX_LIBRARY": "libc++",
        "MACOSX_DEPLOYMENT_TARGET": "10.13",
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++14", "-DLOGGING_LEVEL=LL_WARNING"]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++14", "/utf-8"] }
      },
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS"],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<!(node -p \"require('path').join(require('path').dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/include')\")",
        "<!(node -p \"require('path').join(require('path').dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/deps/limonp/include')\")"
      ]
    }
  ]
}
