import nx from "@nx/eslint-plugin";
import angular from "angular-eslint";
import baseConfig from "../../eslint.config.mjs";

export default [
    ...nx.configs["flat/angular"],
    ...nx.configs["flat/angular-template"],
    ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ["**/*.html"] })),
    ...baseConfig,
    {
        files: [
            "**/*.ts"
        ],
        rules: {
            "@angular-eslint/directive-selector": [
                "error",
                {
                    type: "attribute",
                    prefix: "pp",
                    style: "camelCase"
                }
            ],
            // Imports go through the @peerpath/web/* alias, never up the tree (STYLE: habit 4).
            "no-restricted-imports": [
                "error",
                {
                    patterns: [
                        {
                            group: ["../*", "./../*"],
                            message: "Import through @peerpath/web/... instead of a parent-relative path."
                        }
                    ]
                }
            ],
            "@angular-eslint/component-selector": [
                "error",
                {
                    type: "element",
                    prefix: "pp",
                    style: "kebab-case"
                }
            ]
        }
    },
    {
        files: [
            "**/*.html"
        ],
        // Override or add rules here
        rules: {}
    }
];
