import baseConfig from "../../eslint.config.mjs";

export default [
    ...baseConfig,
    {
        files: ["**/*.ts"],
        rules: {
            // Imports go through the @peerpath/api/* alias, never up the tree (STYLE: habit 4).
            "no-restricted-imports": [
                "error",
                {
                    patterns: [
                        {
                            group: ["../*", "./../*"],
                            message: "Import through @peerpath/api/... instead of a parent-relative path."
                        }
                    ]
                }
            ]
        }
    }
];
