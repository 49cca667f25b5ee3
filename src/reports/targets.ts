/**
 * The targets the plans in ../shared/seeds set (the national programme and the provinces' plans):
 * fewer than 1.0% of children in special circumstances, all of them supported, every abused child
 * given timely intervention.
 */
export const TARGETS = { specialCircumstanceRate: 0.01, supportedRate: 1, intervenedOnTimeRate: 1 };
