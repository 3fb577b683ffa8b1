import nx from "@nx/eslint-plugin";
import angular from "angular-eslint";
import baseConfig from "../../eslint.config.mjs";

const API_URL_MESSAGE = "Call the API from the feature's *.api.ts through the contracts route table (API.…), not a URL string.";

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
    // The web app calls the API from the features' *.api.ts files, through the contracts route
    // table (API.…) that the API's route spec checks against Nest. An '/api/' string anywhere
    // (a *.api.ts included) is a call that check cannot see. Specs are exempt: they pin the
    // URLs on the wire on purpose.
    {
        files: ["**/*.ts"],
        ignores: ["**/*.spec.ts"],
        rules: {
            "no-restricted-syntax": [
                "error",
                { selector: "Literal[value=/\\/api\\//]", message: API_URL_MESSAGE },
                { selector: "TemplateElement[value.raw=/\\/api\\//]", message: API_URL_MESSAGE }
            ]
        }
    },
    {
        files: ["**/*.html"],
        rules: {
            "no-restricted-syntax": [
                "error",
                { selector: "TextAttribute[value=/\\/api\\//]", message: API_URL_MESSAGE },
                { selector: "LiteralPrimitive[value=/\\/api\\//]", message: API_URL_MESSAGE },
                { selector: "Text[value=/\\/api\\//]", message: API_URL_MESSAGE }
            ]
        }
    }
];
